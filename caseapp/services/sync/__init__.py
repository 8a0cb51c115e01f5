"""Field laptops: take a caseload offline, work on it, and sync with the team server without
losing an edit. A field changed in two places becomes a conflict that a person resolves.

- `snapshot`: what a laptop holds of the server, read and written in portable form;
- `checkout`: making a laptop database and registering the device;
- `exchange`: the server's side of a sync (apply the laptop's operations, then what changed);
- `laptop`: the laptop's side (what to send, and taking in what came back);
- `run`: one sync, both sides; `conflicts` and `devices`: the inbox and the laptops.
"""
