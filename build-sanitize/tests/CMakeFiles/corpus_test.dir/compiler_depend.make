# Empty compiler generated dependencies file for corpus_test.
# This may be replaced when dependencies are built.
