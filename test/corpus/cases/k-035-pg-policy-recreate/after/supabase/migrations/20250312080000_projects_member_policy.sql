drop policy if exists "Members can view projects" on public.projects;

create policy "Members can view projects"
on public.projects for select
to authenticated
using (
  team_id in (select team_id from public.team_members where user_id = auth.uid())
);
