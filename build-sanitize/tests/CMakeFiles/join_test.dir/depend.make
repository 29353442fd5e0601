# Empty dependencies file for join_test.
# This may be replaced when dependencies are built.
