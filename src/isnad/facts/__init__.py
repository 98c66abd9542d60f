"""The facts stage: places geocoded, numbers read, dates resolved (:mod:`.component` is the pipeline stage).

- :mod:`.geo`: toponyms found in the packaged gazetteer and resolved from context (:func:`.geo.resolver.find_places`).
- :mod:`.numbers`: quantities with their counted noun and hedges (:func:`.numbers.find_numbers`).
- :mod:`.time`: dates resolved against the publication date (:func:`.time.read_times`).
- :mod:`.evaluate`: the scoring behind ``isnad eval facts``.

Every reader works on the text layer's tokens (``Article.tokens``); word lists are data files in ``data/``, each
loaded once per process; proclitics come off lexicon look-ups through :func:`isnad.arabic.variants`.
"""
