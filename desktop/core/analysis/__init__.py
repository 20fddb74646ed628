"""What the analysts annotate for (issue 15): the claims ledger's rows and export, the
actor index's grouping rules, mention propagation and the gazetteer matcher, and the
timeline's intervals and lanes. Pure Python: the store runs the queries, the window
draws."""
