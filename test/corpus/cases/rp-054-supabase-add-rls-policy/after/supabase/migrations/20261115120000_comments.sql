create table if not exists public.comments (
  id uuid primary key default gen_random_uuid(),
  post_id uuid not null references public.posts(id) on delete cascade,
  author_id uuid not null references auth.users(id),
  body text not null check (char_length(body) <= 4000),
  created_at timestamptz not null default now()
);

alter table public.comments enable row level security;

drop policy if exists "comments are readable" on public.comments;
create policy "comments are readable" on public.comments
  for select using (true);

create policy "authors insert their comments" on public.comments
  for insert with check (auth.uid() = author_id);

create index comments_post_id_idx on public.comments (post_id);
