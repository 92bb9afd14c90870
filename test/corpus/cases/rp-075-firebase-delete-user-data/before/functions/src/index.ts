export { onOrderCreated } from "./onOrderCreated";
