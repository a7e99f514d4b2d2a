"""The ground floor: models, engine and session, configuration, migrations.

Imports nothing else of certwatch's.
"""
