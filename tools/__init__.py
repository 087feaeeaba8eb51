"""Maintainers' tools: the benchmark and the helpers it shares with the tests."""
