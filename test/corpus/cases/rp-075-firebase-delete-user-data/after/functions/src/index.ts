export { onUserDeleted } from "./onUserDeleted";
export { onOrderCreated } from "./onOrderCreated";
