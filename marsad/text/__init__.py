"""Text layer: normalisation, the match key, tokenisation, segmentation."""
