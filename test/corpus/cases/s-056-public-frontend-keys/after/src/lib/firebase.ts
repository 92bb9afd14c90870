import { initializeApp } from "firebase/app";

// Firebase web config is public by design; access is enforced by security rules.
export const app = initializeApp({
  apiKey: "AIzaSyFAKE-EXAMPLE-webKey00000000000000",
  authDomain: "acme-web.firebaseapp.com",
  projectId: "acme-web",
  appId: "1:123456789012:web:abcdef0123456789",
});
