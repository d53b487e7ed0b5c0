"""What the held-out fidelity sets' `make-binary.py` scripts share: PDFs with a fixed creation date,
so the same script makes the same bytes on every run."""

from __future__ import annotations

from reportlab.pdfgen import canvas


def canvas_maker(made: str, clock: str = "093000") -> type[canvas.Canvas]:
    """A reportlab canvas class (for ``SimpleDocTemplate.build(canvasmaker=...)``) whose PDFs
    say they were made on ``made`` (YYYY-MM-DD) at ``clock`` (HHMMSS, UTC), invariantly."""
    stamp = f"D:{made.replace('-', '')}{clock}+00'00'"

    class Stamped(canvas.Canvas):  # type: ignore[misc]  # reportlab has no type hints
        def __init__(self, *args: object, **kwargs: object) -> None:
            kwargs["invariant"] = 1
            super().__init__(*args, **kwargs)
            self.setDateFormatter(lambda *_: stamp)

    return Stamped
