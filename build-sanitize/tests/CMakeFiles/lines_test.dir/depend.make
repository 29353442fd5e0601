# Empty dependencies file for lines_test.
# This may be replaced when dependencies are built.
