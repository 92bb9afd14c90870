alter table public.projects enable row level security;

drop policy if exists "members read projects" on public.projects;
create policy "members read projects" on public.projects
  for select using (
    exists (
      select 1 from public.memberships m
      where m.org_id = projects.org_id and m.user_id = auth.uid()
    )
  );
