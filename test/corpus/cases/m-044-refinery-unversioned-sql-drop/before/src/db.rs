refinery::embed_migrations!("migrations");
