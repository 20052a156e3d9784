/**
 * Private values the tests plant in documents (an internal note, a producer's phone and e-mail)
 * and then look for where the public must never see them: REST, GraphQL, the snapshot. Each is
 * text no public field holds, so finding it anywhere means it leaked.
 */
export const SECRET = {
  note: 'Ghi chú nội bộ: chìa khóa ở nhà thủ từ',
  phone: '0912 000 999',
  email: 'bimat@example.vn',
} as const
