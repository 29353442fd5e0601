# Empty dependencies file for kbrief.
# This may be replaced when dependencies are built.
