# Empty dependencies file for blocks_test.
# This may be replaced when dependencies are built.
