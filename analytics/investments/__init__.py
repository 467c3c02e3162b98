"""Investment projects: the register, each project's budgets and accounts across its years, the
project leader's forecast of the final cost against the council's cost frame, and risks."""
