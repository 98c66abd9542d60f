"""The web app: a JSON API under ``/api/`` and right-to-left HTML pages over the store (``isnad serve``)."""
