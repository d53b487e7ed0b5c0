"""The web chat (Gradio) and the HTTP API (FastAPI), served together by ``assistant serve``."""
