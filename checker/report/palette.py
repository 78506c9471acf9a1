"""Status colours for the batch's matrix pictures and workbook: safe for colour-blind readers.

Okabe and Ito's palette (blue, sky blue, yellow, vermillion) with a light grey for "absent": the five
stay apart under protanopia, deuteranopia and tritanopia, and every cell also carries its symbol
(`models.STATUS_SYMBOLS`), so nothing depends on colour alone.
"""
from __future__ import annotations

STATUS_PALETTE = {"covered": "#0072B2", "partial": "#56B4E9", "mentioned": "#F0E442",
                  "absent": "#E4E4E4", "contradicted": "#D55E00"}
# the symbol's colour on each fill: white on the dark ones, black on the light ones
SYMBOL_COLOURS = {"covered": "#FFFFFF", "partial": "#000000", "mentioned": "#000000", "absent": "#000000",
                  "contradicted": "#FFFFFF"}
