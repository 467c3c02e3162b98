"""The programme Fremtidens kommune: risks, milestones and charts."""
