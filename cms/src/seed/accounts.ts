import type { UserRole } from '@heritage/contract'

export interface DemoAccount {
  email: string
  password: string
  role: UserRole
  name: string
}

/** Shared by every demo account; printed by the seed script. Never use these outside a demo. */
export const DEMO_PASSWORD = 'heritage-demo'

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@example.vn', password: DEMO_PASSWORD, role: 'admin', name: 'Quản trị hệ thống (demo)' },
  { email: 'editor@example.vn', password: DEMO_PASSWORD, role: 'editor', name: 'Biên tập viên Sở Văn hóa (demo)' },
  {
    email: 'congtacvien@example.vn',
    password: DEMO_PASSWORD,
    role: 'contributor',
    name: 'Cộng tác viên xã Bát Tràng (demo)',
  },
  { email: 'chuthe@example.vn', password: DEMO_PASSWORD, role: 'producer', name: 'Chủ thể OCOP Gốm Men Lam (demo)' },
  { email: 'bienphiendich@example.vn', password: DEMO_PASSWORD, role: 'translator', name: 'Biên dịch viên (demo)' },
]
