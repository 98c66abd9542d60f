"""Building the learned components: the examples they learn from (annotated sets, the shared dev pages, weak
labels harvested by running the pipeline over unlabeled news), fitting, and measuring.

This package sits above the stages (it runs the pipeline); the stages themselves only load and apply the
models it writes (``isnad/claims/data/stance_model.npz``, ``isnad/compare/data/pair_model.npz``).
"""
