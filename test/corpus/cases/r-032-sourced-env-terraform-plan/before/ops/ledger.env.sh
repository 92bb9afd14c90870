# Settings for the ledger stack, shared by the deploy scripts.
export TF_ACTION=plan
export TF_DIR=infra/ledger
