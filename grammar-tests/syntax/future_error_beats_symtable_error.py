from __future__ import no_such_feature
def main():
    nonlocal x
