# Empty dependencies file for decode_test.
# This may be replaced when dependencies are built.
