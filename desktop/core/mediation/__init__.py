"""Grassroots mediation (Law 35/2013, Decree 15/2014): rules, case services, documents."""
