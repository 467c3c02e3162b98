"""The browser tab's icon, drawn here: a favicon from Google's icon font would make every
browser fetch it from Google (no page loads anything from another address)."""

from __future__ import annotations

import functools

import numpy as np
from PIL import Image

PRIMARY = (0x1F, 0x5F, 0x8B)
_BARS = ((10, 30), (26, 14), (42, 22))  # (left edge, top) of three bars, 64 × 64 pixels


@functools.cache
def page_icon() -> Image.Image:
    """A 64 × 64 RGB image: three bars in the theme's colour on white."""
    pixels = np.full((64, 64, 3), 255, dtype=np.uint8)
    for left, top in _BARS:
        pixels[top:56, left : left + 12] = PRIMARY
    pixels[56:60, 6:58] = PRIMARY
    return Image.fromarray(pixels)
