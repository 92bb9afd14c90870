import { createClient } from '@supabase/supabase-js';

const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_ANON_KEY!);

export async function deleteTodo(id: number) {
  const { error } = await supabase.from('todos').delete().eq('id', id);
  if (error) throw error;
}
