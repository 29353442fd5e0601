# Empty compiler generated dependencies file for json_test.
# This may be replaced when dependencies are built.
