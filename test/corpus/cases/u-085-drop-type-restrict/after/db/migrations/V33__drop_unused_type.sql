DROP TYPE IF EXISTS unused_mood;
