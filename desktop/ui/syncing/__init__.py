"""syncing"""
