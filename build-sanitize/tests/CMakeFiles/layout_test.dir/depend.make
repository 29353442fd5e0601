# Empty dependencies file for layout_test.
# This may be replaced when dependencies are built.
