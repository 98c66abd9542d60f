"""Toponyms: the gazetteer (:mod:`.gazetteer`), its word lists (:mod:`.lexicon`), what each token reads as
(:mod:`.readings`), recognition (:mod:`.recognition`), scoring (:mod:`.scoring`), acceptance (:mod:`.acceptance`),
the second pass (:mod:`.second_pass`) and the whole pass (:mod:`.resolver`)."""
