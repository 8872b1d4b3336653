"""Qualiopi evidence logic: the evaluation rules (acquis, en cours, non acquis) and the appreciation figures."""
