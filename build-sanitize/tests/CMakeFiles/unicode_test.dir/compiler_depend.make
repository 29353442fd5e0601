# Empty compiler generated dependencies file for unicode_test.
# This may be replaced when dependencies are built.
