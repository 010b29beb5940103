export { users } from './users.schema.ts';
export { roles, agentSkills, userAdminRoles, type Role, type AgentSkill } from './domain/roles.ts';
export { PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH } from './domain/password-policy.ts';
export {
  createUser,
  updateUser,
  getUser,
  getUserByUsername,
  listUsers,
  hasAnyUser,
  updateOwnProfile,
  changeOwnPassword,
  toPublicUser,
  usernameSchema,
  passwordSchema,
  type PublicUser,
} from './users.service.ts';
export {
  findUserById,
  findUserByUsername,
  recordSuccessfulLogin,
  updateUserRow,
  userChangesChannelOf,
  onLocalUserChange,
  type UserRow,
} from './users.repository.ts';
export { verifyPassword, verifyAgainstDummy } from './password-hasher.ts';
