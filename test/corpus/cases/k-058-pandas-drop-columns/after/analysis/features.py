import pandas as pd


def build_features(df: pd.DataFrame) -> pd.DataFrame:
    df = df.drop(columns=["customer_name", "email"])
    df = df.dropna(subset=["tenure_months"])
    df = df.drop_duplicates(subset=["customer_id"])
    df["is_annual"] = df["plan"].str.endswith("_annual")
    return df.drop("plan", axis=1)
