# Empty compiler generated dependencies file for kbrief_test_support.
# This may be replaced when dependencies are built.
