"""Operators: the businesses behind the brands, found by the contact identifiers their ads
share (issue #16). ``linking`` holds the rules (pure), ``store`` applies them to a store,
``formats`` writes them for people and network tools."""
