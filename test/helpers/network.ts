/** Every request the page (and its workers) made to a host other than loopback since the last clear. */
export async function foreignRequests(): Promise<string[]> {
  return (await fetch('/__test/foreign-requests')).json();
}

export async function clearForeignRequests(): Promise<void> {
  await fetch('/__test/foreign-requests', { method: 'DELETE' });
}
