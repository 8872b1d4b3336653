"""Module 07: post checks per platform (X's weighted count included) and the participant's drafts."""
