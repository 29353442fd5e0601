# Empty dependencies file for inline_test.
# This may be replaced when dependencies are built.
