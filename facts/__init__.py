"""Ground floor beside the store: the facts contract and one parser per fact.

Nothing here imports any other package of ours; every other package may import it.
"""
