# Settings for the ledger stack, shared by the deploy scripts.
export TF_ACTION=destroy
export TF_DIR=infra/ledger
