"""The ``isnad`` command line: one module per command (see :mod:`isnad.cli.main`)."""
