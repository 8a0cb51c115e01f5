"""Danish translations of the GUI's texts and of the core's messages."""
