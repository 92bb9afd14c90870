export { Instance as DbInstance } from "./aws";
